package org.recourse.system;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.recourse.shared.Roles;

/** Reports the state of the installation to administrators. */
@Stateless
public class SystemService {

  @Resource(lookup = "java:jboss/datasources/RecourseDS")
  private DataSource dataSource;

  @RolesAllowed(Roles.ADMIN)
  public SystemStatus status() {
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      String product = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
      return new SystemStatus(
          product,
          singleValue(
              connection,
              "SELECT version FROM flyway_schema_history WHERE success = TRUE"
                  + " ORDER BY installed_rank DESC"),
          singleValue(
              connection,
              "SELECT setting_value FROM recourse_setting WHERE name = 'organisation.name'"));
    } catch (SQLException e) {
      throw new IllegalStateException("The database cannot be read", e);
    }
  }

  private static String singleValue(Connection connection, String sql) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rows = statement.executeQuery()) {
      return rows.next() ? rows.getString(1) : null;
    }
  }
}
