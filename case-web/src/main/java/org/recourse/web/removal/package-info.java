/** Removal requests on pages: the case tab, the platform catalogue, the published numbers. */
package org.recourse.web.removal;
