package org.recourse.it.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recourse.it.support.ApiClient;
import org.recourse.it.support.ApiClient.BinaryReply;
import org.recourse.it.support.Deployments;

/**
 * Free-text case searches are limited per user (10 a second, bursts of 20): a flood of them is
 * answered 429 problem+json with Retry-After, and other users and plain lists are not held back.
 */
@ExtendWith(ArquillianExtension.class)
class CaseSearchLimitIT {

  /** Far more than a burst plus what comes back while they are answered. */
  private static final int FLOOD = 120;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.recourseEar();
  }

  @Test
  void aFloodOfSearchesIsRefusedWith429AndRetryAfterForThatUserOnly() throws Exception {
    ApiClient advocate = ApiClient.as("advocate");
    ApiClient attorney = ApiClient.as("attorney");
    List<BinaryReply> replies = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(24);
    try {
      List<Future<BinaryReply>> sent = new ArrayList<>();
      for (int i = 0; i < FLOOD; i++) {
        sent.add(pool.submit(() -> advocate.getBytes("cases?q=flood")));
      }
      for (Future<BinaryReply> reply : sent) {
        replies.add(reply.get());
      }
    } finally {
      pool.shutdown();
    }
    BinaryReply plainList = advocate.getBytes("cases");
    BinaryReply otherUser = attorney.getBytes("cases?q=flood");

    List<BinaryReply> limited = replies.stream().filter(r -> r.status() == 429).toList();
    long answered = replies.stream().filter(r -> r.status() == 200).count();
    assertEquals(FLOOD, limited.size() + answered, "nothing but 200 and 429");
    assertTrue(answered >= 20, "the burst is answered: " + answered);
    assertTrue(limited.size() > 0, "the flood is limited; all " + answered + " answered");
    BinaryReply refusal = limited.get(0);
    assertTrue(refusal.header("Content-Type").startsWith("application/problem+json"));
    String body = new String(refusal.body(), StandardCharsets.UTF_8);
    assertTrue(body.contains("\"status\":429"), body);
    long retryAfter = Long.parseLong(refusal.header("Retry-After"));
    assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
    assertEquals(200, plainList.status(), "a list without free text is not limited");
    assertEquals(200, otherUser.status(), "another user has a bucket of their own");

    Thread.sleep(retryAfter * 1000 + 200);
    assertEquals(200, advocate.getBytes("cases?q=flood").status(), "allowed again after the wait");
  }
}
