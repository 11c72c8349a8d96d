package org.recourse.api;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.recourse.audit.AccessLog;
import org.recourse.audit.TargetType;

/**
 * Enforces {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} on every resource method
 * (the method's annotation wins over the class's). A caller without a token gets 401, a caller
 * whose roles do not fit gets 403. A method with no annotation at all still needs a signed-in user:
 * nothing in the API is public by accident. Every 403 given here is recorded in the access log,
 * naming the route (method and path, never the query).
 *
 * <p>The API authenticates by bearer token only. A browser's session cookie also makes the
 * container know the caller, but a browser sends that cookie with requests that other sites make it
 * send (cross-site request forgery), so a request without an {@code Authorization: Bearer} header
 * is treated as anonymous: 401, before anything runs.
 */
@Provider
public class AccessControlFeature implements DynamicFeature {

  @Override
  public void configure(ResourceInfo resourceInfo, FeatureContext context) {
    context.register(new RoleCheck(rule(resourceInfo.getResourceMethod())));
  }

  private static Rule rule(Method method) {
    Rule onMethod =
        ruleOf(
            method.getAnnotation(PermitAll.class),
            method.getAnnotation(DenyAll.class),
            method.getAnnotation(RolesAllowed.class));
    if (onMethod != null) {
      return onMethod;
    }
    Class<?> type = method.getDeclaringClass();
    Rule onClass =
        ruleOf(
            type.getAnnotation(PermitAll.class),
            type.getAnnotation(DenyAll.class),
            type.getAnnotation(RolesAllowed.class));
    return onClass != null ? onClass : new Rule(false, false, List.of());
  }

  private static Rule ruleOf(PermitAll permitAll, DenyAll denyAll, RolesAllowed rolesAllowed) {
    if (denyAll != null) {
      return new Rule(false, true, List.of());
    }
    if (rolesAllowed != null) {
      return new Rule(false, false, Arrays.asList(rolesAllowed.value()));
    }
    if (permitAll != null) {
      return new Rule(true, false, List.of());
    }
    return null;
  }

  /** Records a 403 of the API in the access log, naming the route by method and path. */
  static void recordRefusal(String method, String path, String detail) {
    String route = "/api/v1/" + (path.startsWith("/") ? path.substring(1) : path);
    CDI.current()
        .select(AccessLog.class)
        .get()
        .denied(null, TargetType.API_ROUTE, method + " " + route, detail);
  }

  /** Who may call a method: anyone, no one, or a signed-in user with one of the roles. */
  private record Rule(boolean anyone, boolean noOne, List<String> roles) {}

  @Priority(Priorities.AUTHORIZATION)
  private static final class RoleCheck implements ContainerRequestFilter {
    private static final String BEARER = "Bearer ";
    private final Rule rule;

    RoleCheck(Rule rule) {
      this.rule = rule;
    }

    @Override
    public void filter(ContainerRequestContext request) {
      if (rule.anyone()) {
        return;
      }
      SecurityContext security = request.getSecurityContext();
      if (security.getUserPrincipal() == null || !carriesBearerToken(request)) {
        throw new NotAuthorizedException("Bearer realm=\"recourse\"");
      }
      if (rule.noOne()
          || (!rule.roles().isEmpty() && rule.roles().stream().noneMatch(security::isUserInRole))) {
        refused(request);
        throw new ForbiddenException();
      }
    }

    private static boolean carriesBearerToken(ContainerRequestContext request) {
      String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
      return authorization != null
          && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
          && authorization.length() > BEARER.length();
    }

    private static void refused(ContainerRequestContext request) {
      recordRefusal(
          request.getMethod(),
          request.getUriInfo().getPath(false),
          "The route's roles do not include the caller's (403)");
    }
  }
}
