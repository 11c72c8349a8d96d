/** {@code GET /system}: the installation's database and schema version, for administrators. */
package org.recourse.api.system;
