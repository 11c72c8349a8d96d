/** {@code GET /me}: the caller's identity and roles, the first thing an API script checks. */
package org.recourse.api.me;
