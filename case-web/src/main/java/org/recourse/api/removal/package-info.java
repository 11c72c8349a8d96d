/** Removal requests over HTTP: platforms, requests and their workflow, notices, checks, numbers. */
package org.recourse.api.removal;
