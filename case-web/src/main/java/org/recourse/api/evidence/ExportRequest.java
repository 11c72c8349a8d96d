package org.recourse.api.evidence;

import java.util.List;

/**
 * What to put in an export package.
 *
 * @param evidenceIds the items; all of the case's evidence when empty or absent
 * @param purpose why it is exported ("Police report 2026/1234"), recorded in every item's custody
 */
public record ExportRequest(List<String> evidenceIds, String purpose) {}
