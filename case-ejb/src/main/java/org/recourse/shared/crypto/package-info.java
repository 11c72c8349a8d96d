/**
 * Encryption of single database fields. A victim's legal name, date of birth and contact details
 * are what an abuser would look for in a leaked database, so each is stored encrypted with
 * AES-256-GCM under the installation's field key and bound to its column, and a copy of the
 * database without the key reveals none of them. The key comes from configuration; only a
 * development installation falls back to a key file of its own.
 */
package org.recourse.shared.crypto;
