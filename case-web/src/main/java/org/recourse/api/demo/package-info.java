/** {@code POST /demo-data?cases=N}: synthetic cases for development and benchmarks. */
package org.recourse.api.demo;
