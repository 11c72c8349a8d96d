/** {@code /jurisdictions}, {@code /statutes}: the law library, read-only for every role. */
package org.recourse.api.law;
