package org.recourse.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recourse.it.support.ApiClient;
import org.recourse.it.support.ApiClient.Reply;
import org.recourse.it.support.Deployments;

/**
 * Another team's case is refused exactly like an id that does not exist, and just as fast: the
 * refusal's access-log record must not make the answer measurably slower, or the time alone would
 * tell an id scan which ids exist. Requests alternate between the two, so a change in the machine's
 * load affects both alike; medians ignore the odd pause, and a few milliseconds of slack keep a
 * busy two-core machine from failing a fast answer over noise.
 */
@ExtendWith(ArquillianExtension.class)
class RefusalTimingIT {

  private static final int WARM_UP = 15;
  private static final int SAMPLES = 60;
  private static final double MAX_RATIO = 1.3;
  private static final double SLACK_MS = 3;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.recourseEar();
  }

  @Test
  void anotherTeamsCaseIsRefusedAsFastAsAMissingId() {
    ApiClient owner = ApiClient.as("attorney2");
    long otherTeams =
        owner
            .post(
                "cases",
                """
                {"title": "Timing case", "harmTypes": ["DOXXING"],
                 "victim": {"pseudonym": "Timing client"}}
                """)
            .json()
            .getJsonNumber("id")
            .longValue();
    ApiClient outsider = ApiClient.as("caseworker");
    String existing = "cases/" + otherTeams;
    String missing = "cases/987654321";
    Reply refused = outsider.get(existing);
    Reply absent = outsider.get(missing);
    assertEquals(404, refused.status());
    assertEquals(absent.body(), refused.body(), "answered alike");

    for (int i = 0; i < WARM_UP; i++) {
      outsider.get(existing);
      outsider.get(missing);
    }
    List<Double> refusedMs = new ArrayList<>();
    List<Double> missingMs = new ArrayList<>();
    for (int i = 0; i < SAMPLES; i++) {
      // Alternate which goes first, so neither always follows the other.
      if (i % 2 == 0) {
        refusedMs.add(timed(outsider, existing));
        missingMs.add(timed(outsider, missing));
      } else {
        missingMs.add(timed(outsider, missing));
        refusedMs.add(timed(outsider, existing));
      }
    }

    double refusedMedian = median(refusedMs);
    double missingMedian = median(missingMs);
    assertTrue(
        refusedMedian <= missingMedian * MAX_RATIO + SLACK_MS,
        String.format(
            "another team's case takes %.2f ms (median), a missing id %.2f ms",
            refusedMedian, missingMedian));
  }

  private static double timed(ApiClient client, String path) {
    long start = System.nanoTime();
    Reply reply = client.get(path);
    long took = System.nanoTime() - start;
    assertEquals(404, reply.status(), reply.body());
    return took / 1_000_000.0;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1
        ? sorted.get(middle)
        : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }
}
