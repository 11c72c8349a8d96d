/**
 * What features that reach out to the web share: the guard that keeps an address given from outside
 * from making the server probe its own network ({@link org.recourse.shared.net.AddressGuard}).
 */
package org.recourse.shared.net;
