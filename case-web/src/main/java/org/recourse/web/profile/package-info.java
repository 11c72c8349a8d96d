/** The signed-in person's own settings page. */
package org.recourse.web.profile;
