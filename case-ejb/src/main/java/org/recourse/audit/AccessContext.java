package org.recourse.audit;

/**
 * What the access log needs to know about the current request and the case it is about, held for
 * the thread serving it. The web layer opens it for each request with the client's address; the
 * {@link RefusalRecorder} opens a call in it for each outermost service invocation; the case
 * service notes the case a call reached and the evidence and removal services the item, so a
 * refusal recorded where it leaves the service names them. Invocations of local enterprise beans
 * run on the caller's thread, which is what makes a thread-bound context reach from the servlet to
 * the service and back; timers and other threads simply have no address.
 */
public final class AccessContext {

  private static final ThreadLocal<State> CURRENT = new ThreadLocal<>();

  private AccessContext() {}

  private static final class State {
    private final String clientAddress;
    private final boolean openedByRequest;
    private int depth;
    private Long caseId;
    private TargetType targetType;
    private String targetId;
    private boolean refusalRecorded;

    State(String clientAddress, boolean openedByRequest) {
      this.clientAddress = clientAddress;
      this.openedByRequest = openedByRequest;
    }
  }

  /** One web request's context, closed when the request is answered. */
  public static final class Request implements AutoCloseable {
    private final State state;

    private Request(State state) {
      this.state = state;
    }

    /** Whether a refusal was recorded while the request ran (so it is not recorded twice). */
    public boolean refusalRecorded() {
      return state.refusalRecorded;
    }

    @Override
    public void close() {
      CURRENT.remove();
    }
  }

  /** Opens the context of one web request from the given client address. */
  public static Request openRequest(String clientAddress) {
    State state = new State(clientAddress, true);
    CURRENT.set(state);
    return new Request(state);
  }

  /** One service invocation; only the outermost one records a refusal. */
  static final class Call {
    private final State state;
    private final boolean outermost;

    private Call(State state, boolean outermost) {
      this.state = state;
      this.outermost = outermost;
    }

    boolean outermost() {
      return outermost;
    }

    void exit() {
      state.depth--;
      if (state.depth == 0 && !state.openedByRequest) {
        CURRENT.remove();
      }
    }
  }

  /** Enters a service invocation; the outermost one starts with no case or item noted. */
  static Call enter() {
    State state = CURRENT.get();
    if (state == null) {
      state = new State(null, false);
      CURRENT.set(state);
    }
    boolean outermost = state.depth == 0;
    if (outermost) {
      state.caseId = null;
      state.targetType = null;
      state.targetId = null;
    }
    state.depth++;
    return new Call(state, outermost);
  }

  /** Notes the case the current call reached. */
  public static void inCase(long caseId) {
    State state = CURRENT.get();
    if (state != null) {
      state.caseId = caseId;
    }
  }

  /** Notes the item the current call is about (an evidence item, a removal request …). */
  public static void about(TargetType type, String id) {
    State state = CURRENT.get();
    if (state != null) {
      state.targetType = type;
      state.targetId = id;
    }
  }

  static String clientAddress() {
    State state = CURRENT.get();
    return state == null ? null : state.clientAddress;
  }

  static Long caseId() {
    State state = CURRENT.get();
    return state == null ? null : state.caseId;
  }

  static TargetType targetType() {
    State state = CURRENT.get();
    return state == null ? null : state.targetType;
  }

  static String targetId() {
    State state = CURRENT.get();
    return state == null ? null : state.targetId;
  }

  static void refusalRecorded() {
    State state = CURRENT.get();
    if (state != null) {
      state.refusalRecorded = true;
    }
  }
}
