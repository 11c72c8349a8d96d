/**
 * The re-upload checker's view of the web: whether content a platform removed is served again at
 * its address ({@link org.recourse.removal.check.UrlChecker}). Every address the checker is about
 * to contact, including each redirect, is first resolved and refused if it points into a private
 * network, so a pasted address can never make the server probe its own surroundings; and nothing of
 * a response's body is kept, because the body is the intimate image itself.
 */
package org.recourse.removal.check;
