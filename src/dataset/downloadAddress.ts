/** Where a version's file is served: the version in the path, so that the address's content never changes. */
export const downloadPath = (version: string, name: string): string => `/data/${version}/${name}`;

export const downloadUrl = (baseUrl: string, version: string, name: string): string => `${baseUrl}${downloadPath(version, name)}`;
