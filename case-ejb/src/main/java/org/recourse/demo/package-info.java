/**
 * Synthetic demo data for development and benchmarks, switched off unless the installation says
 * otherwise. Every person in it is invented.
 */
package org.recourse.demo;
