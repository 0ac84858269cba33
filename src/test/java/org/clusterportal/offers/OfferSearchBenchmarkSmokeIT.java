package org.clusterportal.offers;

/**
 * The benchmark at a hundredth of its size, in the suite, so that it cannot rot: the same data, services, query
 * plans and report, 2 000 offers instead of 200 000; it fails where the benchmark would (a measurement or a query
 * plan that throws). The figures mean nothing at this size; on H2 it is skipped like the benchmark
 * ({@link OfferSearchBenchmarkIT#onPostgreSql}).
 */
class OfferSearchBenchmarkSmokeIT extends OfferSearchBenchmarkIT {

    @Override
    double scale() {
        return 0.01;
    }
}
