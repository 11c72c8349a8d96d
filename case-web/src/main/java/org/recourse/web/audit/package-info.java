/**
 * The access log on pages and at the edge of every request: the administrators' page with its CSV
 * link, and the filter that gives the log each request's client address and records pages refused
 * by their role constraint.
 */
package org.recourse.web.audit;
