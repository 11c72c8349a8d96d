/**
 * Running Recourse on more than one server: which node this is ({@link
 * org.recourse.cluster.NodeId}) and the leases that let exactly one node run each scheduled job
 * ({@link org.recourse.cluster.JobLeases}), so reminders are mailed once and each watched URL is
 * checked once however many servers share the database. It depends on no feature.
 */
package org.recourse.cluster;
