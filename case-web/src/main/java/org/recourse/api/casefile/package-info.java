/** {@code /cases}: intake, the case list, one case, its team, notes and people, and its history. */
package org.recourse.api.casefile;
