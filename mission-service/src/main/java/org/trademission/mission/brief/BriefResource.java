package org.trademission.mission.brief;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.trademission.mission.mission.Mission;
import org.trademission.mission.mission.MissionService;
import org.trademission.platform.problem.ProblemException;
import org.trademission.platform.security.Caller;
import org.trademission.platform.security.Roles;
import org.trademission.platform.web.SortRequest;
import org.trademission.platform.web.Versions;

@Path("/api/v1/missions/{missionId}/briefs")
@Tag(name = "Market briefs", description = "The agency's analyses of the target market")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BriefResource {
    private static final Map<String, String> SORTABLE = Map.of("title", "b.titleKey", "createdAt", "b.createdAt",
            "updatedAt", "b.updatedAt");
    private final EntityManager entityManager;
    private final MissionService missions;
    private final Caller caller;

    public BriefResource(EntityManager entityManager, MissionService missions, Caller caller) {
        this.entityManager = entityManager;
        this.missions = missions;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.STAFF)
    @Transactional
    @Operation(summary = "Add a market brief")
    public Response add(@PathParam("missionId") UUID missionId, @NotNull @Valid BriefRequest request, UriInfo uri) {
        missions.get(missionId);
        Brief brief = new Brief(missionId, request, now());
        entityManager.persist(brief);
        BriefView view = brief.view();
        return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build()).entity(view)
                .tag(Long.toString(view.version())).build();
    }

    @GET
    @RolesAllowed({Roles.STAFF, Roles.CRM, Roles.PARTNER, Roles.EXPORTER, Roles.BUYER})
    @Transactional
    @Operation(summary = "The mission's market briefs", description = "For staff, partners, crm, the mission's "
            + "accepted exporters and its registered buyers. sort: e.g. title or -updatedAt (fields: title, "
            + "createdAt, updatedAt); the order they were written in without it.")
    public List<BriefView> list(@PathParam("missionId") UUID missionId, @QueryParam("sort") String sort) {
        String order = SortRequest.orderBy(SortRequest.parse(sort, SORTABLE), "b.createdAt", "b.id");
        requireReader(missionId);
        return entityManager.createQuery("from Brief b where b.missionId = :mission order by " + order, Brief.class)
                .setParameter("mission", missionId).getResultList().stream().map(Brief::view).toList();
    }

    @GET
    @Path("{briefId}")
    @RolesAllowed({Roles.STAFF, Roles.CRM, Roles.PARTNER, Roles.EXPORTER, Roles.BUYER})
    @Transactional
    public Response get(@PathParam("missionId") UUID missionId, @PathParam("briefId") UUID briefId) {
        requireReader(missionId);
        BriefView view = brief(missionId, briefId).view();
        return Response.ok(view).tag(Long.toString(view.version())).build();
    }

    @PUT
    @Path("{briefId}")
    @RolesAllowed(Roles.STAFF)
    @Transactional
    public Response update(@PathParam("missionId") UUID missionId, @PathParam("briefId") UUID briefId,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid BriefRequest request) {
        Brief brief = entityManager.find(Brief.class, briefId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (brief == null || !brief.view().missionId().equals(missionId)) {
            throw ProblemException.notFound("Brief", briefId);
        }
        Versions.requireMatch(ifMatch, brief.version());
        brief.update(request, now());
        BriefView view = brief.view();
        return Response.ok(view).tag(Long.toString(view.version())).build();
    }

    @DELETE
    @Path("{briefId}")
    @RolesAllowed(Roles.STAFF)
    @Consumes(MediaType.WILDCARD)
    @Transactional
    public Response remove(@PathParam("missionId") UUID missionId, @PathParam("briefId") UUID briefId) {
        entityManager.remove(brief(missionId, briefId));
        return Response.noContent().build();
    }

    private void requireReader(UUID missionId) {
        Mission mission = missions.get(missionId);
        if (caller.isAgency() || caller.is(Roles.PARTNER)) {
            return;
        }
        if (!mission.isParticipant(caller.exporterId().orElse(null), caller.buyerId().orElse(null))) {
            throw ProblemException.forbidden("Market briefs are for the mission's accepted exporters and registered "
                    + "buyers");
        }
    }

    private Brief brief(UUID missionId, UUID briefId) {
        Brief brief = entityManager.find(Brief.class, briefId);
        if (brief == null || !brief.view().missionId().equals(missionId)) {
            throw ProblemException.notFound("Brief", briefId);
        }
        return brief;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
