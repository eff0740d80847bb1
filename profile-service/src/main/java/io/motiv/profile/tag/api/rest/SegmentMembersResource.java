package io.motiv.profile.tag.api.rest;

import io.motiv.service.api.Roles;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A segment's members as CSV for marketing automation: external reference, segment, when assigned. Stewards and
 * admins also get name and email, and each such export is written to the personal-data audit log.
 */
@Path("/segmentations/{segmentationId}/segments/{segmentId}/members")
public class SegmentMembersResource {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");

    private final SecurityIdentity identity;

    public SegmentMembersResource(SecurityIdentity identity) {
        this.identity = identity;
    }

    @GET
    @Produces("text/csv")
    @RolesAllowed({Roles.ANALYST, Roles.STEWARD, Roles.ADMIN, Roles.PARTNER})
    public Uni<Response> members(@PathParam("segmentationId") String segmentationId, @PathParam("segmentId") String segmentId) {
        if (!ID.matcher(segmentationId).matches() || !ID.matcher(segmentId).matches()) {
            return Uni.createFrom().item(Response.status(Response.Status.BAD_REQUEST)
                    .type("application/json")
                    .entity("{\"code\":\"VALIDATION\",\"message\":\"segmentationId and segmentId must be 1-64 letters, digits or '_.:-'\"}")
                    .build());
        }
        boolean personal = identity.hasRole(Roles.STEWARD) || identity.hasRole(Roles.ADMIN);
        String actor = identity.getPrincipal().getName();
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> session.createNativeQuery("""
                                SELECT c.external_source, c.external_ref, c.id::text, t.segment_id, t.segment_label, t.assigned_at, c.name, c.email
                                FROM segment_tag t JOIN customer c ON c.id = t.customer_id
                                WHERE t.segmentation_id = :segmentation AND t.segment_id = :segment
                                ORDER BY c.external_source, c.external_ref""", Object[].class)
                        .setParameter("segmentation", segmentationId)
                        .setParameter("segment", segmentId)
                        .getResultList()
                        .call(rows -> !personal || rows.isEmpty() ? Uni.createFrom().voidItem() : session.createNativeQuery("""
                                        INSERT INTO personal_data_audit (at, actor, customer_id, action, fields)
                                        SELECT now(), :actor, t.customer_id, 'EXPORT', 'person.name,person.email'
                                        FROM segment_tag t WHERE t.segmentation_id = :segmentation AND t.segment_id = :segment""")
                                .setParameter("actor", actor)
                                .setParameter("segmentation", segmentationId)
                                .setParameter("segment", segmentId)
                                .executeUpdate())))
                .map(rows -> Response.ok(csv(rows, personal))
                        .header("Content-Disposition", "attachment; filename=\"" + segmentationId + "-" + segmentId + ".csv\"")
                        .build());
    }

    private static String csv(List<Object[]> rows, boolean personal) {
        StringBuilder out = new StringBuilder("external_source,external_ref,customer_id,segment_id,segment_label,assigned_at");
        out.append(personal ? ",name,email\n" : "\n");
        for (Object[] row : rows) {
            out.append(cell(row[0])).append(',').append(cell(row[1])).append(',').append(cell(row[2])).append(',')
                    .append(cell(row[3])).append(',').append(cell(row[4])).append(',').append(cell(instant(row[5])));
            if (personal) {
                out.append(',').append(cell(row[6])).append(',').append(cell(row[7]));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static Object instant(Object value) {
        return value instanceof OffsetDateTime time ? time.withOffsetSameInstant(ZoneOffset.UTC).toInstant() : value;
    }

    /** RFC 4180 quoting, and a leading quote for text a spreadsheet would run as a formula. */
    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return text.matches(".*[\",\\n\\r].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
