/** {@code GET /conflicts?q=}: the conflict check before a case is opened. */
package org.recourse.api.conflict;
