package org.recourse.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The Recourse API, version 1. Every call carries a Keycloak bearer token; errors are RFC 9457
 * problem documents; JSON names are camelCase, instants ISO-8601 UTC, enums upper-case names.
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Recourse API",
            version = "1",
            description =
                "Case management for privacy-violation claims. Authenticate with a Keycloak bearer"
                    + " token; errors are application/problem+json (RFC 9457)."),
    security = @SecurityRequirement(name = "keycloak"))
@SecurityScheme(
    securitySchemeName = "keycloak",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
public class RecourseApi extends Application {}
