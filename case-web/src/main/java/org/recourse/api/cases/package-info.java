/** {@code /cases}: intake, the case list, one case, its team, notes and people. */
package org.recourse.api.cases;
