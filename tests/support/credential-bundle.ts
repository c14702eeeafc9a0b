// src/credential built on its own as a browser module (vite, library mode, minified): what the
// credential browser test loads into a page and what bench:credential weighs.
import { build, type Rollup } from 'vite'

/** The chunks of src/credential/index.ts built as an ES module; `external` imports are left out. */
export async function buildCredentialModule(
  external: (string | RegExp)[] = [],
): Promise<Rollup.OutputChunk[]> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry: 'src/credential/index.ts', formats: ['es'], fileName: 'credential' },
      rollupOptions: { external },
    },
  })
  return ((Array.isArray(out) ? out : [out]) as Rollup.RollupOutput[])
    .flatMap((o) => o.output)
    .filter((o): o is Rollup.OutputChunk => o.type === 'chunk')
}
