/**
 * Everything a person sees: JSF backing beans by feature ({@code org.recourse.web.<feature>}), one
 * {@code *View} per page, over the services of the core module.
 */
package org.recourse.web;
