/**
 * Removal requests: asking a platform, a search engine or a regulator to take a victim's intimate
 * images down, and following each request until the content is gone. A request belongs to a case
 * and is seen by whoever sees the case ({@link org.recourse.removal.RemovalAccess}); the case team
 * creates requests ({@link org.recourse.removal.RemovalRequestService}), sends their notices
 * ({@link org.recourse.removal.RemovalNoticeService}) and moves them through their workflow, whose
 * sending starts the clock of the legal basis on the case's deadlines ({@link
 * org.recourse.removal.RemovalWorkflow}); the re-upload watcher checks that removed content stays
 * down ({@link org.recourse.removal.ReuploadWatcher}). Administrators keep the platform catalogue
 * ({@link org.recourse.removal.PlatformService}), and anyone on staff reads the per-platform
 * figures ({@link org.recourse.removal.RemovalStatisticsService}). Queries live in the
 * repositories; the rules without the container live in the subpackages.
 */
package org.recourse.removal;
