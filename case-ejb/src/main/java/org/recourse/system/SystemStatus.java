package org.recourse.system;

import java.io.Serializable;

/**
 * What an administrator checks first: which database the installation runs on and which schema
 * version it has reached.
 *
 * @param databaseProduct the database product name and version as its driver reports them
 * @param schemaVersion the version of the last applied migration
 * @param organisationName the organisation this installation serves
 */
public record SystemStatus(String databaseProduct, String schemaVersion, String organisationName)
    implements Serializable {}
