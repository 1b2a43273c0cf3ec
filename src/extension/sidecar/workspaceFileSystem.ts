// The workspace file system (local, remote or virtual) as the atomic writer sees it.
import * as vscode from 'vscode';
import type { AtomicFileSystem } from './atomicWrite';

export const workspaceFileSystem: AtomicFileSystem<vscode.Uri> = {
  baseName: (file) => file.path.slice(file.path.lastIndexOf('/') + 1),
  folderOf: (file) => vscode.Uri.joinPath(file, '..'),
  child: (folder, name) => vscode.Uri.joinPath(folder, name),
  writeFile: async (file, bytes) => vscode.workspace.fs.writeFile(file, bytes),
  rename: async (from, to) => vscode.workspace.fs.rename(from, to, { overwrite: true }),
  delete: async (file) => vscode.workspace.fs.delete(file, { useTrash: false }),
  list: async (folder) =>
    (await vscode.workspace.fs.readDirectory(folder)).map(([name, type]) => ({ name, isFile: (type & vscode.FileType.File) !== 0 })),
  mtime: async (file) => (await vscode.workspace.fs.stat(file)).mtime,
};
