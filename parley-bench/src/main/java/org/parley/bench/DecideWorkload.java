package org.parley.bench;

import java.util.List;
import org.parley.rules.request.DecisionRequest;
import org.parley.rules.request.DecisionRequestReader;

/** A fixed mix of realistic release requests (listed and unlisted parties, owners, deemed exports). */
final class DecideWorkload {
    private static final List<String> REQUESTS = List.of("""
            {"date":"2026-10-01","item":{"kind":"technology","eccn":"5E002","forEccn":"5A004"},
             "recipient":{"name":"Huawei Technologies Co., Ltd.","country":"CN"},
             "purpose":"standards","standards":{"intendedForPublication":true}}""", """
            {"date":"2023-03-01","item":{"kind":"technology","eccn":"EAR99"},
             "recipient":{"name":"Semiconductor Manufacturing International Corporation","country":"CN"},
             "purpose":"standards","standards":{"intendedForPublication":true}}""", """
            {"date":"2026-03-01","item":{"kind":"software","eccn":"EAR99"},
             "recipient":{"name":"Hangzhou Hikvision Digital Technology Co., Ltd.","country":"CN"}}""", """
            {"date":"2026-03-01","item":{"kind":"technology","eccn":"3E001"},
             "recipient":{"name":"Wei Zhang","kind":"person","country":"US","citizenships":["CN"]},"releaseCountry":"US"}""", """
            {"date":"2026-11-15","item":{"kind":"technology","eccn":"3E991"},
             "recipient":{"name":"Shenzhen Example Electronics Co., Ltd.","country":"CN",
                          "owners":[{"name":"Example Holdings Ltd.","percent":60},{"name":"Zhang San","percent":40}]}}""", """
            {"date":"2026-03-01","item":{"kind":"technology","eccn":"EAR99"},
             "recipient":{"name":"Moscow Institute of Physics and Technology","country":"RU"},"purpose":"research"}""", """
            {"date":"2026-03-01","item":{"kind":"technology","eccn":"5E002","forEccn":"5A002.a"},
             "recipient":{"name":"Siemens AG","country":"DE"},"purpose":"internalDevelopment"}""", """
            {"date":"2026-03-01","item":{"kind":"technology","eccn":"EAR99"},
             "recipient":{"name":"Aldrich Hazen Ames","kind":"person","country":"US","usStatus":"citizen"},"releaseCountry":"US"}""");

    private DecideWorkload() {}

    static List<DecisionRequest> requests() {
        var reader = new DecisionRequestReader();
        return REQUESTS.stream().map(reader::read).toList();
    }
}
