package org.trademission.matching;

import io.quarkus.test.junit.QuarkusTest;
import org.trademission.platform.testing.OpenApiFuzzContract;

@QuarkusTest
class FuzzTest extends OpenApiFuzzContract {
}
