/**
 * Capturing a web page as evidence, on request from a case or a removal request ("capture before
 * you send"): a job fetches the page and every redirect into a WARC file, renders it in a fresh
 * headless Chromium for a full-page screenshot, the rendered page (MHTML) and its visible text, and
 * stores each through evidence intake. Every address the capture contacts, the page's own requests
 * included, passes the private-address guard first, each host resolved once per capture; the
 * browser connects only through the capture's loopback proxy, which connects to the address
 * checked. Limits and failures are recorded as facts.
 */
package org.recourse.evidence.capture;
