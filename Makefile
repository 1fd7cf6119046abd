# stakemap — developer targets.
#
#   make bench                         100k and 1M people: import, the four
#                                      files (100k), gaps, export and list,
#                                      with the targets of issue 10
#   make bench SIZES=100000            one size
#   make bench STAKEMAP=path/to/stakemap BENCH_STEPS="import gaps map"
#   make bench-data SIZES="100000 1000000"   only generate the data
#   make bench-map                     map and grid at 10k, 100k and 1M people,
#                                      then in-process vs dot on the 100k map
#   make bench-report                  the HTML report at 100k and 1M people:
#                                      time, memory, page size, Chromium's
#                                      screenshot (bench/report.sh)
#   make bench-excel                   --excel against plain CSV: export, gaps and
#                                      the import of what export wrote (100k
#                                      people; SIZE=..., REPEAT=...)
#   make bench-xlsx                    100k people from .xlsx against the
#                                      same rows from CSV, and export xlsx
#                                      (bench/xlsx.sh; N=100000 REPEAT=1)
#   make fuzz                          mutation fuzzing of the CSV import for
#                                      FUZZ_MINUTES (default 30) on the release
#                                      build (bench/fuzz.py; not in CI)
#   make fuzz FUZZ_MINUTES=5 FUZZ_WORKERS=2 FUZZ_SEED=1
#
# See bench/run.sh for all settings (FILES_SIZES, SEED, REPEAT, BENCH_WORK).

SIZES ?= 100000 1000000
export SIZES
# passed through only when set (an empty STAKEMAP means: build it)
export STAKEMAP BENCH_STEPS FILES_SIZES SEED REPEAT BENCH_WORK

.PHONY: bench bench-data bench-map bench-excel bench-xlsx bench-report fuzz

bench:
	bench/run.sh

bench-data:
	BENCH_STEPS=data bench/run.sh

MAP_SIZES ?= 10000 100000 1000000

bench-map:
	SIZES="$(MAP_SIZES)" BENCH_STEPS="import map grid" bench/run.sh
	bench/map-vs-dot.sh bench/out/work/100000/fresh.db

bench-report:
	bench/report.sh

bench-excel:
	bench/excel.sh

bench-xlsx:
	bench/xlsx.sh

FUZZ_MINUTES ?= 30
FUZZ_WORKERS ?= 1
FUZZ_SEED ?= $(shell date +%s)

fuzz:
	swift build -c release
	bench/fuzz.py --minutes $(FUZZ_MINUTES) --workers $(FUZZ_WORKERS) --seed $(FUZZ_SEED)
