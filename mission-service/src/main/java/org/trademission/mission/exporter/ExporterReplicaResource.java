package org.trademission.mission.exporter;

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

/** Operations view: what this service has learnt of an exporter from events. */
@Path("/api/v1/replicas/exporters")
@Tag(name = "Replicas", description = "What this service knows of other services' data (staff, for operations)")
@Produces(MediaType.APPLICATION_JSON)
public class ExporterReplicaResource {
    private final EntityManager entityManager;

    public ExporterReplicaResource(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.STAFF)
    @Transactional
    @Operation(summary = "The exporter as replicated from exporters.v1")
    public ExporterReplicaView get(@PathParam("id") UUID id) {
        return Optional.ofNullable(entityManager.find(ExporterReplica.class, id))
                .map(ExporterReplica::view)
                .orElseThrow(() -> ProblemException.notFound("Exporter replica", id));
    }
}
