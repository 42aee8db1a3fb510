// A file's name as the core sees it: the relative path the merge reports ("Khối/van-phong.xlsx"),
// split into its folder, its stem and its extension. Folders may be written with / or \.

export interface FileNameParts {
  /** The folder part, with its final separator ("Khối/"), or "". */
  dir: string;
  /** The name without folder and extension ("van-phong"); a name that starts with its only dot is all stem. */
  stem: string;
  /** The extension in lower case, with its dot (".xlsx"), or "". */
  ext: string;
}

export function fileNameParts(file: string): FileNameParts {
  const slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  const base = file.slice(slash + 1);
  const dot = base.lastIndexOf('.');
  return {
    dir: file.slice(0, slash + 1),
    stem: dot > 0 ? base.slice(0, dot) : base,
    ext: dot > 0 ? base.slice(dot).toLowerCase() : '',
  };
}
