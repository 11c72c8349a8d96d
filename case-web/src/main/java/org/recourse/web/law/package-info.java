/** The administrators' page of the law library: corrections and their history. */
package org.recourse.web.law;
