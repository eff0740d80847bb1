"""Turns a bench/run results directory into JSON and the markdown tables of docs/benchmarks.md.

    python3 bench/report.py bench/results/<stamp>      writes <name>.json per bench and report.md there

Each bench's log holds lines `RESULT repeat=<i> key=value ...`; every figure is given as the median over the repeats
with the spread (min-max) when there is more than one.
"""
import json
import os
import statistics
import sys

BENCHES = ["clustering", "model-selection", "tagging", "ingest", "freshness", "api", "footprint", "clv"]


def parse(path):
    rows = []
    with open(path, encoding="utf-8", errors="replace") as log:
        for line in log:
            if not line.startswith("RESULT "):
                continue
            row = {}
            for pair in line.split()[1:]:
                key, _, value = pair.partition("=")
                try:
                    row[key] = int(value)
                except ValueError:
                    try:
                        row[key] = float(value)
                    except ValueError:
                        row[key] = value
            rows.append(row)
    return rows


def values(rows, key, **where):
    return [r[key] for r in rows if key in r and isinstance(r[key], (int, float))
            and all(r.get(k) == v for k, v in where.items())]


def med(rows, key, **where):
    found = values(rows, key, **where)
    return statistics.median(found) if found else None


def num(x, digits=None):
    if x is None:
        return "–"
    if digits is None:
        digits = 0 if abs(x) >= 100 else 1 if abs(x) >= 10 else 2 if abs(x) >= 1 else 3
    return f"{x:,.{digits}f}"


def fig(rows, key, digits=None, **where):
    """median (min–max) over the repeats."""
    found = values(rows, key, **where)
    if not found:
        return "–"
    text = num(statistics.median(found), digits)
    if len(found) > 1 and min(found) != max(found):
        text += f" ({num(min(found), digits)}–{num(max(found), digits)})"
    return text


def ratio(a, b):
    return f"{a / b:.1f}×" if a and b else "–"


def repeats(rows):
    return len({r.get("repeat") for r in rows})


def clustering(rows, params):
    p = rows[0] if rows else {}
    out = [f"{params.get('sizes', '')}, {repeats(rows)} repeat(s), a new seed each.", "",
           "| engine | seconds | iterations | inertia | memory |", "|---|---|---|---|---|"]
    for engine, label, memory in [("motiv", "Motiv (KMeansEngine)", "heap_mb"), ("sklearn", "scikit-learn (Lloyd, OpenMP)", "peak_rss_mb"),
                                  ("smile", "Smile KMeans", "heap_mb")]:
        mem = fig(rows, memory, 0, engine=engine)
        mem = f"{mem} MB {'heap used after the fit' if memory == 'heap_mb' else 'peak RSS of the process'}" if mem != "–" else "–"
        out.append(f"| {label} | {fig(rows, 'seconds', engine=engine)} | {fig(rows, 'iterations', 0, engine=engine)} | "
                   f"{fig(rows, 'inertia', 0, engine=engine)} | {mem} |")
    m, s, sm = med(rows, "seconds", engine="motiv"), med(rows, "seconds", engine="sklearn"), med(rows, "seconds", engine="smile")
    floor = med(rows, "seconds_per_pass", engine="floor")
    per_iteration = statistics.median([r["seconds"] / r["iterations"] for r in rows
                                       if r.get("engine") == "motiv" and r.get("iterations")] or [0]) or None
    out += ["", f"Median ratios: scikit-learn / Motiv **{ratio(s, m)}**, Smile / Motiv **{ratio(sm, m)}**. "
                f"Floor: one read pass over the matrix takes {fig(rows, 'seconds_per_pass', 4, engine='floor')} s "
                f"({fig(rows, 'gb_per_s', 1, engine='floor')} GB/s, one thread); Motiv spends "
                f"{num(per_iteration and per_iteration * 1000, 0)} ms per iteration (seeding included), "
                f"{ratio(per_iteration, floor)} the floor."]
    return out


def model_selection(rows, params):
    out = [f"{params.get('sizes', '')}, {repeats(rows)} repeat(s).", "",
           "| engine | seconds | k chosen |", "|---|---|---|",
           f"| Motiv run, end to end (startSegmentationRun to SUCCEEDED, through the gateway) | {fig(rows, 'seconds', engine='motiv')} | {fig(rows, 'k', 0, engine='motiv')} |",
           f"| of which the run itself (`report.durationMillis`) | {fig([{**r, 'run_s': r['run_ms'] / 1000} for r in rows if 'run_ms' in r], 'run_s')} | |",
           f"| scikit-learn, the same k loop (KMeans + silhouette on 5,000) | {fig(rows, 'seconds', engine='sklearn')} | {fig(rows, 'k', 0, engine='sklearn')} |",
           "", f"Median ratio scikit-learn / Motiv: **{ratio(med(rows, 'seconds', engine='sklearn'), med(rows, 'seconds', engine='motiv'))}**."]
    return out


def tagging(rows, params):
    act = [r for r in rows if "seconds_to_all_tags" in r]
    ref = [r for r in rows if "events_per_second" in r]
    out = [f"{params.get('sizes', '')}, {repeats(rows)} repeat(s).", "", "| what | result |", "|---|---|"]
    if act:
        out += [f"| customers | {fig(act, 'n', 0)} |",
                f"| run (k = 8, 3 restarts, diagnostics, stability), s | {fig(act, 'run_seconds')} |",
                f"| `activateRun` answered, s | {fig(act, 'activate_seconds')} |",
                f"| **`activateRun` to every tag visible in profile-service, s** | **{fig(act, 'seconds_to_all_tags')}** |",
                f"| tags/s end to end | {fig(act, 'tags_per_second', 0)} |"]
    if ref:
        out += [f"| reference: profile-service's consumer alone ({fig(ref, 'n', 0)} events produced straight to Kafka), tags/s | {fig(ref, 'events_per_second', 0)} |"]
    if act and ref:
        out += ["", f"End to end runs at {ratio(med(act, 'tags_per_second'), med(ref, 'events_per_second'))} of the consumer's own rate."]
    return out


def ingest(rows, params):
    out = [f"{params.get('sizes', '')}, {repeats(rows)} repeat(s).", "",
           "| step | items | per request | seconds | items/s |", "|---|---|---|---|---|"]
    for step in ["registerCustomers", "recordConsent", "recordPurchases", "csv-import", "submitSurveyResponse"]:
        sel = [r for r in rows if r.get("step") == step]
        if sel:
            label = {"csv-import": "CSV import (`POST /purchases/import`, profile-service directly)"}.get(step, f"`{step}` (gateway)")
            out.append(f"| {label} | {fig(sel, 'count', 0)} {sel[0].get('what', '')} | {fig(sel, 'per_request', 0)} | "
                       f"{fig(sel, 'seconds')} | **{fig(sel, 'per_second', 0)}** |")
    rp, csv = med(rows, "per_second", step="recordPurchases"), med(rows, "per_second", step="csv-import")
    resends = fig(rows, "resends", 0, step="submitSurveyResponse")
    out += ["", f"CSV import / `recordPurchases`: {ratio(csv, rp)} the lines per second. Survey answers sent again while "
                f"survey-service had not yet learnt the customer or consent: {resends}."]
    return out


def freshness(rows, params):
    return [f"{params.get('sizes', '')}, {repeats(rows)} repeat(s).", "",
            "| answers | rate | visible | p50 ms | p90 ms | p99 ms | max ms | submit p50 ms |", "|---|---|---|---|---|---|---|---|",
            f"| {fig(rows, 'samples', 0)} | {fig(rows, 'rate_per_s', 1)}/s | {fig(rows, 'visible', 0)} | **{fig(rows, 'p50_ms', 0)}** | "
            f"{fig(rows, 'p90_ms', 0)} | **{fig(rows, 'p99_ms', 0)}** | {fig(rows, 'max_ms', 0)} | {fig(rows, 'submit_p50_ms', 0)} |",
            "", f"Polled every {fig(rows, 'poll_ms', 0)} ms: a figure can be late by up to one interval."]


def api(rows, params):
    out = [f"{params.get('sizes', '')}, {repeats(rows)} repeat(s).", "",
           "| target | requests/s | p50 ms | p90 ms | p99 ms | errors |", "|---|---|---|---|---|---|"]
    targets = ["gateway-cross-service", "gateway-profile-only", "profile-service-direct"]
    targets += [t for t in ["gateway-cross-service-list-1", "gateway-cross-service-list-100"] if any(r.get("target") == t for r in rows)]
    for target in targets:
        out.append(f"| {target} | **{fig(rows, 'rps', 0, target=target)}** | {fig(rows, 'p50_ms', 1, target=target)} | "
                   f"{fig(rows, 'p90_ms', 1, target=target)} | {fig(rows, 'p99_ms', 1, target=target)} | {fig(rows, 'errors', 0, target=target)} |")
    cpu = [r for r in rows if "cpu_of" in r]
    if cpu:
        names = ["gateway", "profile", "segmentation", "valuation", "client"]
        out += ["", "CPU per request, ms (all processes share the 2 cores; client: the load generator):", "",
                "| target | " + " | ".join(names) + " |", "|---" * (len(names) + 1) + "|"]
        for target in [t for t in targets if any(r.get("cpu_of") == t for r in cpu)]:
            out.append(f"| {target} | " + " | ".join(fig(cpu, f"cpu_ms_{n}", 2, cpu_of=target) for n in names) + " |")
    direct, gw, cross = (med(rows, "rps", target=t) for t in ["profile-service-direct", "gateway-profile-only", "gateway-cross-service"])
    p_direct, p_gw = med(rows, "p50_ms", target="profile-service-direct"), med(rows, "p50_ms", target="gateway-profile-only")
    out += ["", f"The gateway's cost on the same query: throughput direct / through the gateway {ratio(direct, gw)}, "
                f"p50 +{num(p_gw - p_direct if p_gw and p_direct else None, 1)} ms. "
                f"Adding segmentation and valuation (federated): {ratio(gw, cross)} fewer requests/s than profile-only."]
    one, hundred = med(rows, "p50_ms", target="gateway-cross-service-list-1"), med(rows, "p50_ms", target="gateway-cross-service-list-100")
    if one and hundred:
        out.append(f"A page of 100 customers with the cross-service fields costs {ratio(hundred, one)} the p50 of a page of 1 "
                   f"(batched resolvers: a constant number of statements per field, so the rest is rows and JSON).")
    return out


def footprint(rows, params, load_rows):
    out = [f"{params.get('sizes', '')}, {repeats(rows)} start(s).", "",
           "| process | process start to ready, s | Quarkus \"started in\", s | RSS after start, MB | RSS under the API load (peak), MB |",
           "|---|---|---|---|---|"]
    for service in ["profile", "survey", "segmentation", "valuation", "gateway"]:
        out.append(f"| {service}{'-service' if service != 'gateway' else ' (Node)'} | {fig(rows, 'start_to_ready_s', 1, service=service)} | "
                   f"{fig(rows, 'quarkus_started_s', 1, service=service)} | {fig(rows, 'rss_after_start_mb', 0, service=service)} | "
                   f"{fig(load_rows, 'rss_under_load_mb', 0, service=service)} |")
    out += ["", f"Suite `up` (warm: built, Keycloak installed), s: {fig(rows, 'up_seconds', 1, service='all')}."]
    return out


def clv(rows, params):
    return [f"{params.get('sizes', '')}, {repeats(rows)} repeat(s).", "",
            "| customers | purchase lines | `fitClvModel` request, s | of which the fits (`fitMillis`), s |", "|---|---|---|---|",
            f"| {fig(rows, 'n', 0)} | {fig(rows, 'lines', 0)} | **{fig(rows, 'fit_request_seconds')}** | {fig(rows, 'fit_seconds')} |"]


TITLES = {"clustering": "Clustering", "model-selection": "Model selection", "tagging": "Tagging", "ingest": "Ingest",
          "freshness": "Freshness", "api": "API", "footprint": "Footprint", "clv": "CLV fit"}


def main(directory):
    machine = {}
    if os.path.exists(os.path.join(directory, "machine.json")):
        with open(os.path.join(directory, "machine.json")) as f:
            machine = json.load(f)
    parsed = {}
    for name in BENCHES:
        log = os.path.join(directory, f"{name}.log")
        if not os.path.exists(log):
            continue
        params = {}
        params_file = os.path.join(directory, f"{name}.params.json")
        if os.path.exists(params_file):
            with open(params_file) as f:
                params = json.load(f)
        rows = parse(log)
        parsed[name] = (rows, params)
        with open(os.path.join(directory, f"{name}.json"), "w") as f:
            json.dump({"bench": name, "params": params, "machine": machine, "results": rows}, f, indent=1)
    lines = [f"Results of `bench/run {machine.get('args', '')}` ({machine.get('scale', '')} scale), {machine.get('date', '')}: "
             f"{machine.get('cpu', '')}, {machine.get('cores', '')} cores, {machine.get('memory', '')}, {machine.get('os', '')}, "
             f"{machine.get('java', '')}, Node {machine.get('node', '')}, scikit-learn {machine.get('sklearn', '')}. "
             f"Load average before: {machine.get('load_before', '')}, after: {machine.get('load_after', '')}. "
             f"Took {machine.get('minutes', '?')} minutes. "
             f"Figures are the median (min–max) over the repeats.", ""]
    if machine.get("scale") == "small":
        lines += ["**Small scale (a harness check, not a measurement): sizes are far below the issue's; do not compare.**", ""]
    for name in BENCHES:
        if name not in parsed:
            continue
        rows, params = parsed[name]
        lines.append(f"### {TITLES[name]} (`bench/run {name}`)")
        lines.append("")
        if not rows:
            lines += ["No result (see the log).", ""]
            continue
        if name == "footprint":
            lines += footprint(rows, params, parsed.get("api", ([], {}))[0])
        else:
            lines += {"clustering": clustering, "model-selection": model_selection, "tagging": tagging, "ingest": ingest,
                      "freshness": freshness, "api": api, "clv": clv}[name](rows, params)
        lines.append("")
    with open(os.path.join(directory, "report.md"), "w") as f:
        f.write("\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main(sys.argv[1])
