package org.trademission.matching;

import io.quarkus.test.junit.QuarkusTest;
import org.trademission.platform.testing.PlatformEndpointsContract;

@QuarkusTest
class PlatformEndpointsTest extends PlatformEndpointsContract {
}
