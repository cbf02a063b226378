package org.trademission.matching.mission;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.trademission.platform.problem.ProblemException;
import org.trademission.platform.security.Roles;

/** Operations view: what this service has learnt of a mission from events. */
@Path("/api/v1/replicas/missions")
@Tag(name = "Replicas", description = "What this service knows of other services' data (staff, for operations)")
@Produces(MediaType.APPLICATION_JSON)
public class MissionReplicaResource {
    private final EntityManager entityManager;

    public MissionReplicaResource(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.STAFF)
    @Transactional
    @Operation(summary = "The mission as replicated from missions.v1")
    public MissionReplicaView get(@PathParam("id") UUID id) {
        return Optional.ofNullable(entityManager.find(MissionReplica.class, id)).map(MissionReplica::view)
                .orElseThrow(() -> ProblemException.notFound("Mission replica", id));
    }
}
