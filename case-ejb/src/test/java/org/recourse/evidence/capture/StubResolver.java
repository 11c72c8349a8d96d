package org.recourse.evidence.capture;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A resolver for tests whose one made-up host answers a different address each time it is asked
 * (the last one from then on), as a hostile name server doing DNS rebinding would; every other name
 * goes to the system's resolver.
 */
final class StubResolver implements HostResolver {

  private final String host;
  private final List<String> answers;
  private final AtomicInteger asked = new AtomicInteger();

  StubResolver(String host, String... answers) {
    this.host = host;
    this.answers = List.of(answers);
  }

  @Override
  public InetAddress[] resolve(String name) throws UnknownHostException {
    if (!name.equalsIgnoreCase(host)) {
      return HostResolver.SYSTEM.resolve(name);
    }
    int time = asked.getAndIncrement();
    String answer = answers.get(Math.min(time, answers.size() - 1));
    return new InetAddress[] {InetAddress.getByName(answer)};
  }

  /** How often the made-up host was looked up. */
  int asked() {
    return asked.get();
  }
}
