/** The administration page: database and schema version of this installation. */
package org.recourse.web.system;
