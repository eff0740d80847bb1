package io.motiv.survey.response.api.rest;

import io.motiv.service.api.ConflictException;
import io.motiv.service.api.Ids;
import io.motiv.service.api.NotFoundException;
import io.motiv.service.api.Roles;
import io.motiv.service.api.ValidationException;
import io.motiv.service.csv.ImportReport;
import io.motiv.survey.response.service.ResponseImport;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Bulk import of survey responses for survey tools and CRM systems (see docs/api/survey.md). */
@Path("/surveys/{surveyId}/responses")
public class ResponseImportResource {

    private final ResponseImport responseImport;

    public ResponseImportResource(ResponseImport responseImport) {
        this.responseImport = responseImport;
    }

    @POST
    @Consumes("text/csv")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.STEWARD, Roles.ADMIN})
    public Uni<Response> importCsv(@PathParam("surveyId") String surveyId, String csv) {
        return Uni.createFrom().item(() -> UUID.fromString(Ids.requireValid("surveyId", surveyId)))
                .chain(id -> responseImport.importCsv(id, csv))
                .map(report -> Response.ok(report).build())
                .onFailure(ValidationException.class).recoverWithItem(failure -> {
                    ValidationException invalid = (ValidationException) failure;
                    return Response.status(Response.Status.BAD_REQUEST)
                            .entity(Map.of("code", "VALIDATION", "message", invalid.getMessage(),
                                    "errors", List.of(new ImportReport.RowError(1, invalid.field(), invalid.getMessage()))))
                            .build();
                })
                .onFailure(NotFoundException.class).recoverWithItem(failure -> error(Response.Status.NOT_FOUND, "NOT_FOUND", failure))
                .onFailure(ConflictException.class).recoverWithItem(failure -> error(Response.Status.CONFLICT, "CONFLICT", failure));
    }

    private static Response error(Response.Status status, String code, Throwable failure) {
        return Response.status(status).entity(Map.of("code", code, "message", failure.getMessage())).build();
    }
}
