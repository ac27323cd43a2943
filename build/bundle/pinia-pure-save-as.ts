import type { Plugin } from 'vite'

/**
 * Pinia ships a copy of FileSaver for its devtools' "export state" button. Its `saveAs` is chosen
 * at module level by a ternary that the bundler must keep (an `in` test could throw), so about
 * 700 bytes of gzip that no user runs landed in the first-visit chunk. Marking the choice as pure
 * lets the bundler drop it and everything it reaches whenever the devtools are not built in.
 * The build fails if an upgrade of Pinia changes the line, so the saving is never silently lost.
 */
const CHOICE = /const saveAs = (!IS_CLIENT \? [^;]+);/

export const piniaPureSaveAs = (): Plugin => ({
  name: 'pinia-pure-save-as',
  apply: 'build',
  transform(code, id) {
    if (!/[\\/]node_modules[\\/]pinia[\\/]dist[\\/]pinia\.js$/.test(id)) return null
    if (!CHOICE.test(code))
      this.error('Pinia changed how it chooses saveAs: revisit build/bundle/pinia-pure-save-as.ts')
    return { code: code.replace(CHOICE, 'const saveAs = /*#__PURE__*/ (() => $1)();'), map: null }
  },
})
