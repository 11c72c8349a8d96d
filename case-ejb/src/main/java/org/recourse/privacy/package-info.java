/**
 * Privacy by design (issue #7): how long a closed case is kept (the organisation's retention
 * policy, not law), the purge that turns a case whose retention has ended into an anonymous shell
 * (the victim's identity, the people's names, notes, notices, content URLs and evidence content
 * gone; evidence crypto-shredded), and the victim's data export for access requests (GDPR art. 15
 * style): everything held about the victim in one ZIP.
 */
package org.recourse.privacy;
