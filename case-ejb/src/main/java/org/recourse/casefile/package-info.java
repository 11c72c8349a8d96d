/**
 * Cases ({@link org.recourse.casefile.CaseFile}): their numbers, status workflow, teams and notes,
 * and the access rule that governs them all: nobody but an administrator sees a case they are not
 * on the team of (see docs/ACCESS.md).
 */
package org.recourse.casefile;
