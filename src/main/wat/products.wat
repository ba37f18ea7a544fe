;; The matrix products of ScratchNet's WebAssembly build, written with 128-bit SIMD instructions (four floats at a
;; time), which the Java compiler (TeaVM) does not emit. The build assembles this text into core/products.wasm
;; (net.scratchnet.tools.SimdKernels); the page loads it next to the core and gives it the core's memory
;; (core-loader.js, worker-core.js); Java calls it through net.scratchnet.math.simd.SimdProducts, which explains
;; the whole route. Every kernel here has a Java twin, named above it, that computes the same numbers.
;; multiply does the arithmetic; gather and scatter move a convolution's patches (im2col and its backward)
;; between the core's numbers and the matrices multiply reads and writes, so that those never cross to Java.
(module
  ;; The core's linear memory: SimdProducts copies the operands into it and the results out of it.
  (import "env" "memory" (memory 1))

  ;; Java twin: net.scratchnet.math.MatMul#multiply, and #multiplyTransposedLeft through the steps of a; with add,
  ;; the sum over examples of #multiplyTransposedLeftGathered (SimdProducts adds one example at a time).
  ;;
  ;; c = a · b, or c += a · b when add is not 0, on byte addresses in the memory:
  ;;   a: rows × inner, element (r, k) at a + r·rowStep + k·innerStep (rows one after another: rowStep = 4·inner,
  ;;      innerStep = 4; aᵀ stored row by row: rowStep = 4, innerStep = 4·rows)
  ;;   b: inner × cols, row after row;   c: rows × cols, row after row, overwritten (add = 0) or added to.
  ;; rows must be a multiple of 4 and cols of 8 (the caller pads its matrices); inner at least 1.
  ;;
  ;; How: c is computed in tiles of 4 rows × 8 columns, held in eight 4-float registers (z0lo ... z3hi) while k
  ;; runs over the inner dimension: each step loads 8 numbers of row k of b (lo, hi) and adds them, scaled by
  ;; a(r, k) copied into all four lanes (v128.load32_splat), to each of the 4 rows. That is 16 multiply-adds of 4
  ;; floats for 2 loads of b and 4 of a. The column strip of b a tile reads (inner × 8 floats) is reused by every
  ;; row group before moving right, while it is still in the cache. Adding to c lets a sum over many examples go
  ;; one example at a time, each one's operands small enough to stay in the cache.
  (func (export "multiply")
    (param $a i32) (param $rowStep i32) (param $innerStep i32)
    (param $b i32) (param $c i32)
    (param $rows i32) (param $inner i32) (param $cols i32) (param $add i32)
    (local $rowBytes i32)   ;; 4·cols: from one row of b or c to the next
    (local $column i32)     ;; byte offset of the tile's first column in a row of b and c
    (local $row i32)        ;; the tile's first row
    (local $k i32)          ;; inner steps left
    (local $a0 i32)         ;; address of a(row, k); rows row+1..row+3 are rowStep, 2·rowStep, 3·rowStep further
    (local $rowStep2 i32) (local $rowStep3 i32)
    (local $b0 i32)         ;; address of b(k, column)
    (local $tile i32)       ;; address of c(row, column), the tile's first number
    (local $c0 i32)         ;; address of c(row + i, column) while the tile is loaded or stored
    (local $lo v128) (local $hi v128)   ;; b(k, column .. column+3), b(k, column+4 .. column+7)
    (local $s v128)                      ;; a(row + i, k) in all four lanes
    (local $z0lo v128) (local $z0hi v128) (local $z1lo v128) (local $z1hi v128)
    (local $z2lo v128) (local $z2hi v128) (local $z3lo v128) (local $z3hi v128)
    (local.set $rowBytes (i32.shl (local.get $cols) (i32.const 2)))
    (local.set $rowStep2 (i32.shl (local.get $rowStep) (i32.const 1)))
    (local.set $rowStep3 (i32.add (local.get $rowStep2) (local.get $rowStep)))
    (local.set $column (i32.const 0))
    (loop $columns
      (local.set $row (i32.const 0))
      (loop $rowGroups
        (local.set $tile (i32.add (i32.add (local.get $c) (i32.mul (local.get $row) (local.get $rowBytes)))
                                  (local.get $column)))
        (if (local.get $add)
          (then  ;; the tile starts from what c holds
            (local.set $c0 (local.get $tile))
            (local.set $z0lo (v128.load (local.get $c0))) (local.set $z0hi (v128.load offset=16 (local.get $c0)))
            (local.set $c0 (i32.add (local.get $c0) (local.get $rowBytes)))
            (local.set $z1lo (v128.load (local.get $c0))) (local.set $z1hi (v128.load offset=16 (local.get $c0)))
            (local.set $c0 (i32.add (local.get $c0) (local.get $rowBytes)))
            (local.set $z2lo (v128.load (local.get $c0))) (local.set $z2hi (v128.load offset=16 (local.get $c0)))
            (local.set $c0 (i32.add (local.get $c0) (local.get $rowBytes)))
            (local.set $z3lo (v128.load (local.get $c0))) (local.set $z3hi (v128.load offset=16 (local.get $c0))))
          (else  ;; from 0
            (local.set $z0lo (v128.const i32x4 0 0 0 0)) (local.set $z0hi (v128.const i32x4 0 0 0 0))
            (local.set $z1lo (v128.const i32x4 0 0 0 0)) (local.set $z1hi (v128.const i32x4 0 0 0 0))
            (local.set $z2lo (v128.const i32x4 0 0 0 0)) (local.set $z2hi (v128.const i32x4 0 0 0 0))
            (local.set $z3lo (v128.const i32x4 0 0 0 0)) (local.set $z3hi (v128.const i32x4 0 0 0 0))))
        (local.set $a0 (i32.add (local.get $a) (i32.mul (local.get $row) (local.get $rowStep))))
        (local.set $b0 (i32.add (local.get $b) (local.get $column)))
        (local.set $k (local.get $inner))
        (loop $innerSteps
          (local.set $lo (v128.load (local.get $b0)))
          (local.set $hi (v128.load offset=16 (local.get $b0)))
          ;; row + 0
          (local.set $s (v128.load32_splat (local.get $a0)))
          (local.set $z0lo (f32x4.add (local.get $z0lo) (f32x4.mul (local.get $s) (local.get $lo))))
          (local.set $z0hi (f32x4.add (local.get $z0hi) (f32x4.mul (local.get $s) (local.get $hi))))
          ;; row + 1
          (local.set $s (v128.load32_splat (i32.add (local.get $a0) (local.get $rowStep))))
          (local.set $z1lo (f32x4.add (local.get $z1lo) (f32x4.mul (local.get $s) (local.get $lo))))
          (local.set $z1hi (f32x4.add (local.get $z1hi) (f32x4.mul (local.get $s) (local.get $hi))))
          ;; row + 2
          (local.set $s (v128.load32_splat (i32.add (local.get $a0) (local.get $rowStep2))))
          (local.set $z2lo (f32x4.add (local.get $z2lo) (f32x4.mul (local.get $s) (local.get $lo))))
          (local.set $z2hi (f32x4.add (local.get $z2hi) (f32x4.mul (local.get $s) (local.get $hi))))
          ;; row + 3
          (local.set $s (v128.load32_splat (i32.add (local.get $a0) (local.get $rowStep3))))
          (local.set $z3lo (f32x4.add (local.get $z3lo) (f32x4.mul (local.get $s) (local.get $lo))))
          (local.set $z3hi (f32x4.add (local.get $z3hi) (f32x4.mul (local.get $s) (local.get $hi))))
          (local.set $a0 (i32.add (local.get $a0) (local.get $innerStep)))
          (local.set $b0 (i32.add (local.get $b0) (local.get $rowBytes)))
          (br_if $innerSteps (local.tee $k (i32.sub (local.get $k) (i32.const 1)))))
        ;; the finished tile into c
        (local.set $c0 (local.get $tile))
        (v128.store (local.get $c0) (local.get $z0lo))
        (v128.store offset=16 (local.get $c0) (local.get $z0hi))
        (local.set $c0 (i32.add (local.get $c0) (local.get $rowBytes)))
        (v128.store (local.get $c0) (local.get $z1lo))
        (v128.store offset=16 (local.get $c0) (local.get $z1hi))
        (local.set $c0 (i32.add (local.get $c0) (local.get $rowBytes)))
        (v128.store (local.get $c0) (local.get $z2lo))
        (v128.store offset=16 (local.get $c0) (local.get $z2hi))
        (local.set $c0 (i32.add (local.get $c0) (local.get $rowBytes)))
        (v128.store (local.get $c0) (local.get $z3lo))
        (v128.store offset=16 (local.get $c0) (local.get $z3hi))
        (br_if $rowGroups (i32.lt_u (local.tee $row (i32.add (local.get $row) (i32.const 4))) (local.get $rows))))
      (br_if $columns (i32.lt_u (local.tee $column (i32.add (local.get $column) (i32.const 32)))
                                (local.get $rowBytes)))))

  ;; Java twin: net.scratchnet.math.MatMul#gather (a convolution's im2col).
  ;;
  ;; Copies numbers of x into rows of into, row i at into + 4·i·stride, as a table of runs says, on byte addresses
  ;; in the memory. A run is a stretch of a row that comes from consecutive numbers of x, as most of a patch table
  ;; does (a window's row is a stretch of an image row), so a run is copied four floats at a time. The table holds,
  ;; for each of the rows, its number of runs (at least 1), then for each run the byte offset from x of its first
  ;; number and its length in floats (at least 1). A padding zero is a run of length 1 whose offset points at a
  ;; float 0 that the caller puts after x's numbers.
  (func (export "gather")
    (param $x i32) (param $table i32) (param $into i32) (param $rows i32) (param $stride i32)
    (local $rowStart i32)  ;; address of into(i, 0)
    (local $to i32)        ;; where the next number goes
    (local $from i32)      ;; where it comes from
    (local $count i32)     ;; numbers of the run left to copy
    (local $runs i32)      ;; runs of the row left
    (local.set $rowStart (local.get $into))
    (loop $rowsLeft
      (local.set $to (local.get $rowStart))
      (local.set $runs (i32.load (local.get $table)))
      (local.set $table (i32.add (local.get $table) (i32.const 4)))
      (loop $runsLeft
        (local.set $from (i32.add (local.get $x) (i32.load (local.get $table))))
        (local.set $count (i32.load offset=4 (local.get $table)))
        (local.set $table (i32.add (local.get $table) (i32.const 8)))
        (block $fours
          (loop $four
            (br_if $fours (i32.lt_u (local.get $count) (i32.const 4)))
            (v128.store (local.get $to) (v128.load (local.get $from)))
            (local.set $to (i32.add (local.get $to) (i32.const 16)))
            (local.set $from (i32.add (local.get $from) (i32.const 16)))
            (local.set $count (i32.sub (local.get $count) (i32.const 4)))
            (br $four)))
        (block $ones
          (loop $one
            (br_if $ones (i32.eqz (local.get $count)))
            (f32.store (local.get $to) (f32.load (local.get $from)))
            (local.set $to (i32.add (local.get $to) (i32.const 4)))
            (local.set $from (i32.add (local.get $from) (i32.const 4)))
            (local.set $count (i32.sub (local.get $count) (i32.const 1)))
            (br $one)))
        (br_if $runsLeft (local.tee $runs (i32.sub (local.get $runs) (i32.const 1)))))
      (local.set $rowStart (i32.add (local.get $rowStart) (i32.shl (local.get $stride) (i32.const 2))))
      (br_if $rowsLeft (local.tee $rows (i32.sub (local.get $rows) (i32.const 1))))))

  ;; Java twin: net.scratchnet.math.MatMul#scatter (col2im, the backward of gather), after dx is cleared.
  ;;
  ;; The float at dx + table(i, j) += from(i, j), for i < rows and j < length; from(i, j) at from + 4·(i·stride + j);
  ;; the table holds rows × length byte offsets from dx (int32), row after row; a padding entry's points at a
  ;; float after dx's numbers that the caller ignores. One number at a time: numbers of a row may add to the same
  ;; place.
  (func (export "scatter")
    (param $from i32) (param $stride i32) (param $table i32) (param $dx i32)
    (param $rows i32) (param $length i32)
    (local $at i32)     ;; address of from(i, j)
    (local $end i32)    ;; address of from(i, length)
    (local $skip i32)   ;; 4·(stride - length)
    (local $to i32)     ;; address in dx that from(i, j) adds to
    (local.set $skip (i32.shl (i32.sub (local.get $stride) (local.get $length)) (i32.const 2)))
    (local.set $at (local.get $from))
    (loop $rowsLeft
      (local.set $end (i32.add (local.get $at) (i32.shl (local.get $length) (i32.const 2))))
      (loop $numbers
        (local.set $to (i32.add (local.get $dx) (i32.load (local.get $table))))
        (f32.store (local.get $to) (f32.add (f32.load (local.get $to)) (f32.load (local.get $at))))
        (local.set $table (i32.add (local.get $table) (i32.const 4)))
        (br_if $numbers (i32.lt_u (local.tee $at (i32.add (local.get $at) (i32.const 4))) (local.get $end))))
      (local.set $at (i32.add (local.get $at) (local.get $skip)))
      (br_if $rowsLeft (local.tee $rows (i32.sub (local.get $rows) (i32.const 1))))))
)
