/**
 * Addresses of reported content: a pasted address is normalised ({@link
 * org.recourse.removal.url.ContentUrls}) so that the same image reported twice, once with a share
 * link's tracking and once from the address bar, is recognised as one removal request, and the
 * platform that hosts it is found from its host name ({@link
 * org.recourse.removal.url.PlatformDetector}). Plain Java; nothing here goes to the network.
 */
package org.recourse.removal.url;
