/**
 * The running system itself: the schema migrations applied at deployment and the facts an
 * administrator needs to see that the installation is healthy (database, schema version).
 */
package org.recourse.system;
