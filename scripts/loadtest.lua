-- wrk script: rotate over the paths in $LOADTEST_PATHS; write a JSON summary to
-- $LOADTEST_OUTPUT when done (requests/s, p50/p99 latency in ms, errors).
local paths = {}
for line in io.lines(os.getenv("LOADTEST_PATHS")) do
  if line ~= "" then paths[#paths + 1] = line end
end
local counter = 0

function setup(thread)
  -- Threads start at different offsets so they do not request the same page in step.
  counter = counter + 1
  thread:set("offset", counter * 7)
end

function request()
  offset = (offset or 0) + 1
  return wrk.format("GET", paths[(offset % #paths) + 1])
end

function done(summary, latency, requests)
  local errors = summary.errors
  local socket_errors = errors.connect + errors.read + errors.write + errors.timeout
  local seconds = summary.duration / 1e6
  local out = io.open(os.getenv("LOADTEST_OUTPUT"), "w")
  out:write(string.format(
    '{"requests": %d, "seconds": %.1f, "requests_per_second": %.1f, ' ..
    '"latency_p50_ms": %.1f, "latency_p99_ms": %.1f, "non_2xx": %d, ' ..
    '"socket_errors": %d, "errors": %d, "paths": %d}\n',
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    errors.status, socket_errors, errors.status + socket_errors, #paths))
  out:close()
end
