/** What every feature shares: the role names, base types and domain exceptions. */
package org.recourse.shared;
