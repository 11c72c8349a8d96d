package org.recourse.it.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recourse.it.support.ApiClient;
import org.recourse.it.support.Deployments;

/** The seeding command's endpoint: synthetic cases for the admin, refused to everyone else. */
@ExtendWith(ArquillianExtension.class)
class DemoDataIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.recourseEar();
  }

  @Test
  void adminSeedsSyntheticCasesThatTheListCounts() {
    ApiClient admin = ApiClient.as("admin");
    long before = admin.get("cases?size=1").json().getJsonNumber("total").longValue();

    var reply = admin.post("demo-data?cases=25", "");

    assertEquals(200, reply.status(), reply.body());
    assertEquals(25, reply.json().getInt("created"));
    assertEquals(before + 25, admin.get("cases?size=1").json().getJsonNumber("total").longValue());
    // Read whole (a filtered list's total is only counted so far): the attorney's share.
    jakarta.json.JsonObject attorneys =
        ApiClient.as("attorney").get("cases?q=synthetic&size=100").json();
    assertTrue(attorneys.getBoolean("totalExact"), attorneys.toString());
    long attorneyCases = attorneys.getJsonArray("items").size();
    assertEquals(attorneyCases, attorneys.getJsonNumber("total").longValue());
    assertTrue(
        attorneyCases > 0 && attorneyCases < 25, "spread over the demo teams: " + attorneyCases);
  }

  @Test
  void onlyAdminsSeedAndCountsAreChecked() {
    assertEquals(403, ApiClient.as("attorney").post("demo-data?cases=5", "").status());
    assertEquals(400, ApiClient.as("admin").post("demo-data?cases=0", "").status());
  }
}
